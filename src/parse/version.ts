/**
 * Bumped whenever parsing output changes, so caches of parsed transcripts are rebuilt. Kept in its own
 * module so the cache can read it without loading the parser.
 */
export const PARSER_VERSION = '1.6.0';
