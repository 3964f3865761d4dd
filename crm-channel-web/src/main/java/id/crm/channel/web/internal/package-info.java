/**
 * Implementation details of the web channels; not API, may change in any release.
 */
@NullMarked
package id.crm.channel.web.internal;

import org.jspecify.annotations.NullMarked;
