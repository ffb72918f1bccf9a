package org.levermap.render.view;

import java.util.List;

/**
 * {@code actors/index.html}: every actor.
 *
 * @param actors one row each
 */
public record ActorsPage(List<Row> actors) {

    /**
     * @param actor the actor
     * @param kind company, foundation...
     * @param levers levers held today, across projects
     * @param stewardOf projects it stewards
     */
    public record Row(Ref actor, String kind, int levers, List<Ref> stewardOf) {
    }
}
