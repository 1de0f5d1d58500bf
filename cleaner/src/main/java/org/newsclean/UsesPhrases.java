package org.newsclean;

import java.util.List;

/** A built-in heuristic whose phrases join the cleaner's one-pass phrase index. */
interface UsesPhrases {
    List<PhraseBook.Entry> phrases();
}
