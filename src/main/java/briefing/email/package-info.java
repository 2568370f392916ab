/** The email edition of each daily issue: HTML for email clients (MJML) and plain text. */
package briefing.email;
