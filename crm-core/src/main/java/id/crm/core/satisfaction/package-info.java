/**
 * Citizen satisfaction: reporters' star ratings after closure per unit, and the SKM/IKM survey of
 * PermenPAN-RB 14/2017 with its grades.
 *
 * @since 0.1
 */
package id.crm.core.satisfaction;
