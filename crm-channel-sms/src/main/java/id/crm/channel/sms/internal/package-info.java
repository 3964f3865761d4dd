/**
 * Implementation details of the SMS adapters; not API, may change in any release.
 */
@NullMarked
package id.crm.channel.sms.internal;

import org.jspecify.annotations.NullMarked;
