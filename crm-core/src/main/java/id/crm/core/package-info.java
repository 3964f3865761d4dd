/**
 * The complaint-management engine: start at {@link id.crm.core.Crm}.
 *
 * <p>Sub-packages carry the domain's words: {@code org} (the government's units), {@code category},
 * {@code complaint} (the event-sourced aggregate), {@code workflow} (commands, actors and the rules
 * that decide them), {@code routing} (placement, classification, duplicates), {@code sla},
 * {@code scoring}, and {@code store} (the storage SPI with an in-memory store).
 *
 * @since 0.1
 */
@NullMarked
package id.crm.core;

import org.jspecify.annotations.NullMarked;
