/**
 * Fair performance scoring: statistics per unit and period from complaint histories, a 0–100 score
 * with a minimum sample and shrinkage toward a prior, the league table, the TKD component, and the
 * kelurahan mini dashboard.
 *
 * @since 0.1
 */
package id.crm.core.scoring;
