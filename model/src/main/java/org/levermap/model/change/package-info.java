/**
 * The change log: what moved between consecutive snapshots of a project, each change with from, to
 * and severity. Derived at build time from the snapshots and their assessments, never stored. Each
 * rule is a small class named for what it watches; {@link org.levermap.model.change.ChangeEngine}
 * applies them in order.
 */
package org.levermap.model.change;
