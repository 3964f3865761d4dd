/**
 * The SMS lines of Jakarta's CRM, SMS LAPOR 1708 and SMS/WhatsApp 08111272206, received through
 * SMS-gateway webhooks ({@link id.crm.channel.sms.SmsAdapter}) and answered through a
 * {@link id.crm.channel.sms.SmsGateway} ({@link id.crm.channel.sms.SmsReplySender}).
 *
 * @since 0.1
 */
@NullMarked
package id.crm.channel.sms;

import org.jspecify.annotations.NullMarked;
