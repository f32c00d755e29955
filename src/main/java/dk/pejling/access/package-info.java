/**
 * Who may do what: local accounts, personal API tokens, the viewer every query is asked for,
 * and the web security configuration (CSRF, headers, sessions).
 */
package dk.pejling.access;
