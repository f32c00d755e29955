/**
 * Who may do what: local accounts (lockout, administrators' password reset and unlock, a forced
 * change of a reset password), OpenID Connect login with claims mapped to organisation and roles,
 * personal API tokens, the viewer every query is asked for, and the web security configuration
 * (CSRF, security headers, session cookie flags, a new session id at login).
 */
package dk.pejling.access;
