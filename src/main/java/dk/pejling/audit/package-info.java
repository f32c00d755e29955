/**
 * The append-only audit log: every change, approval, login, export and download, with who, when,
 * from where, and the values before and after.
 *
 * <ul>
 *   <li>Aggregates saved or deleted through a Spring Data JDBC repository in any module are logged
 *       by {@link dk.pejling.audit.AggregateChanges} in the same transaction.</li>
 *   <li>Writes by plain SQL, exports and downloads publish a {@link dk.pejling.shared.AuditEvent}.
 *       Not logged: the "last used" time of an API token (it would log every API call) and the
 *       audit table itself.</li>
 *   <li>Logins and failed logins come from Spring Security's authentication events.</li>
 *   <li>Nothing in the application updates or deletes an entry; the database refuses UPDATE
 *       always and DELETE except from the retention job ({@link dk.pejling.audit.AuditRetention}).</li>
 *   <li>Administrators search it at {@code /api/v1/audit} and {@code /admin/audit}.</li>
 * </ul>
 */
package dk.pejling.audit;
