/**
 * Addresses inside pages: the write-time pass that makes a page's own links relative to it and records every
 * link and id, the check that each internal link leads to something the bake publishes, and the check of
 * stories' source addresses over HTTP.
 */
package briefing.links;
