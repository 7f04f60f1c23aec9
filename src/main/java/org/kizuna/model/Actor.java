// SPDX-License-Identifier: Apache-2.0
package org.kizuna.model;

import java.util.List;

/**
 * An institution of the cluster (関係主体). {@code country} is null or blank for the home country;
 * anything else marks the actor as abroad. {@code matrixNote} is the row note (備考) of the
 * management-element matrix. {@code x}/{@code y} are the saved drawing position, or null;
 * {@code pinned} keeps the actor in place when the network editor runs a layout.
 */
public record Actor(long id, String name, String kind, Sector sector, String location, String country,
                    boolean insideRegion, String field, List<String> memberships, String notes,
                    String matrixNote, Double x, Double y, boolean pinned) {
    public Actor {
        if (name == null || name.isBlank()) {
            throw new IllegalArgumentException("an actor needs a name");
        }
        memberships = memberships == null ? List.of() : List.copyOf(memberships);
    }

    /** An actor that is not pinned. */
    public Actor(long id, String name, String kind, Sector sector, String location, String country,
                 boolean insideRegion, String field, List<String> memberships, String notes,
                 String matrixNote, Double x, Double y) {
        this(id, name, kind, sector, location, country, insideRegion, field, memberships, notes, matrixNote, x, y,
                false);
    }

    /** A new actor, not yet stored (id 0), with only a name, kind and region flag. */
    public static Actor of(String name, String kind, boolean insideRegion) {
        return new Actor(0, name, kind, null, null, null, insideRegion, null, List.of(), null, null, null, null);
    }

    public boolean abroad() {
        return country != null && !country.isBlank();
    }

    public Actor withId(long newId) {
        return new Actor(newId, name, kind, sector, location, country, insideRegion, field, memberships, notes,
                matrixNote, x, y, pinned);
    }

    public Actor withName(String newName) {
        return new Actor(id, newName, kind, sector, location, country, insideRegion, field, memberships, notes,
                matrixNote, x, y, pinned);
    }

    public Actor withSector(Sector newSector) {
        return new Actor(id, name, kind, newSector, location, country, insideRegion, field, memberships, notes,
                matrixNote, x, y, pinned);
    }

    public Actor withLocation(String newLocation, String newCountry) {
        return new Actor(id, name, kind, sector, newLocation, newCountry, insideRegion, field, memberships, notes,
                matrixNote, x, y, pinned);
    }

    public Actor withField(String newField) {
        return new Actor(id, name, kind, sector, location, country, insideRegion, newField, memberships, notes,
                matrixNote, x, y, pinned);
    }

    public Actor withMemberships(List<String> newMemberships) {
        return new Actor(id, name, kind, sector, location, country, insideRegion, field, newMemberships, notes,
                matrixNote, x, y, pinned);
    }

    public Actor withNotes(String newNotes) {
        return new Actor(id, name, kind, sector, location, country, insideRegion, field, memberships, newNotes,
                matrixNote, x, y, pinned);
    }

    public Actor withMatrixNote(String note) {
        return new Actor(id, name, kind, sector, location, country, insideRegion, field, memberships, notes,
                note, x, y, pinned);
    }

    public Actor withPosition(Double newX, Double newY) {
        return new Actor(id, name, kind, sector, location, country, insideRegion, field, memberships, notes,
                matrixNote, newX, newY, pinned);
    }

    public Actor withPinned(boolean newPinned) {
        return new Actor(id, name, kind, sector, location, country, insideRegion, field, memberships, notes,
                matrixNote, x, y, newPinned);
    }
}
