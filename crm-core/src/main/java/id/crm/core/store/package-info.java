/**
 * The storage SPI ({@link id.crm.core.store.ComplaintStore}) and a thread-safe in-memory store for
 * tests and demos. Like every SPI of this library it may evolve faster than the engine's API.
 *
 * @since 0.1
 */
@NullMarked
package id.crm.core.store;

import org.jspecify.annotations.NullMarked;
