/**
 * Implementation details of the X and Facebook adapters; not API, may change in any release.
 */
@NullMarked
package id.crm.channel.social.internal;

import org.jspecify.annotations.NullMarked;
