// SPDX-License-Identifier: Apache-2.0
package org.kizuna.model;

/** A matrix cell's address. */
public record CellRef(long actorId, long elementId) {
}
