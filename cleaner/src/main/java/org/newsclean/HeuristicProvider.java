package org.newsclean;

import java.util.Map;

/**
 * Makes a {@link Heuristic} by name, with options. Providers are found with
 * {@link java.util.ServiceLoader}: a jar that lists its provider classes in
 * {@code META-INF/services/org.newsclean.HeuristicProvider} contributes heuristics that
 * {@link NewsCleaner.Builder#add(String)} can then name. The built-in heuristics are registered the
 * same way.
 *
 * <p>Implementations must be public, have a public no-argument constructor and be thread-safe.
 */
public interface HeuristicProvider {

    /** @return the name of the heuristic this provider makes; unique across providers */
    String name();

    /** @return a one-line description of what the heuristic removes */
    String description();

    /**
     * @return the options this heuristic accepts, each with its default value (as a string);
     *     the builder rejects any other option
     */
    Map<String, String> options();

    /**
     * Creates the heuristic.
     *
     * @param options every option of {@link #options()}, with the user's values where set and the
     *     defaults elsewhere
     * @return a new heuristic whose {@link Heuristic#name()} is {@link #name()}
     * @throws IllegalArgumentException if an option's value is invalid; the message names the option
     */
    Heuristic create(Map<String, String> options);
}
