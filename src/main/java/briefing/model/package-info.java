/** Immutable records of the briefing: stories, their sources, daily issues, topics and the site index. */
package briefing.model;
