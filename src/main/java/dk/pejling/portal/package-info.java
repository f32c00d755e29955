/**
 * The public portal: what citizens see of every public strategy, generated from the other modules'
 * public services, always as the anonymous public ({@link dk.pejling.shared.Viewer#anonymous()}),
 * whoever is signed in — so a page, feed, embed or data file is the same for everyone and can hold
 * nothing internal. {@link PublicData} is the one place that decides what is published (public
 * records, approved status reports, unsuppressed values, redacted names); every page, feed, embed
 * and file of {@code web/} is rendered from its views. Other modules add sections to a strategy's
 * portal page by implementing {@link PortalSection}; nothing depends on this module.
 */
package dk.pejling.portal;
