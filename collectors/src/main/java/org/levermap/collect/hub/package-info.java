/**
 * The Hugging Face Hub: who owns a model or dataset repository, the owning organisation's public
 * members, gating, the card's license tag and {@code base_model}, and the repository's commits.
 */
package org.levermap.collect.hub;
