package id.crm.core.org;

/**
 * The kinds of unit in a regional government, after Jakarta's structure (DESIGN.md §3). Territorial
 * kinds form the chain province → city/regency → district → urban village; functional kinds
 * (agencies and their branches) handle reports by subject.
 *
 * @since 0.1
 */
public enum UnitKind {
    PROVINCE(true),
    /** <i>Kota/kabupaten administrasi</i>: an administrative city or regency. */
    KOTA(true),
    /** <i>Kecamatan</i>: a district. */
    KECAMATAN(true),
    /** <i>Kelurahan</i>: an urban village, where reports land first. */
    KELURAHAN(true),
    /** <i>Dinas</i>: a provincial agency. */
    DINAS(false),
    /** <i>Badan</i>: a provincial board. */
    BADAN(false),
    /** <i>Biro</i>: a bureau of the regional secretariat (e.g. Biro Pemerintahan verifies closures). */
    BIRO(false),
    /** <i>Suku dinas</i>: a city-level branch of a dinas, receiving its dispositions. */
    SUKU_DINAS(false),
    /** Satpol PP, the civil-service police that enforces regional regulations. */
    SATPOL_PP(false),
    /** <i>Inspektorat</i>: handles complaints about officials. */
    INSPEKTORAT(false),
    /** <i>Unit pengelola</i>: a management unit (e.g. UP Perparkiran). */
    UP(false),
    /** <i>BUMD</i>: a region-owned enterprise (e.g. PD Pasar Jaya). */
    BUMD(false),
    /** A party outside the government's authority (electricity, water, toll roads, rail). */
    EXTERNAL(false);

    private final boolean territorial;

    UnitKind(boolean territorial) {
        this.territorial = territorial;
    }

    public boolean isTerritorial() {
        return territorial;
    }
}
