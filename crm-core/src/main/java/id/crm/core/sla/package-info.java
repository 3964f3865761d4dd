/**
 * Service-level targets: the policy (targets per unit kind, category and difficulty weight, in
 * calendar or working time), the working calendar with Indonesia's holidays, the reaction that
 * runs the holders' clocks, the sweeper that records warnings and breaches, and escalation.
 *
 * <p>Wiring a deployment:
 * <pre>{@code
 * SlaPolicy policy = SlaPolicy.fromResource("id/crm/core/sla/sla-jakarta.json");
 * Crm crm = Crm.builder().directory(dir).categories(cats).store(store)
 *         .reaction(new SlaReaction(policy, dir, cats)).build();
 * SlaSweeper sweeper = new SlaSweeper(crm, policy, EscalationNotifier.logging());
 * scheduler.scheduleAtFixedRate(() -> sweeper.sweep(clock.instant()), 1, 1, TimeUnit.MINUTES);
 * }</pre>
 *
 * @since 0.1
 */
package id.crm.core.sla;
