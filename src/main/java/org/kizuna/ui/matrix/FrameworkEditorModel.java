// SPDX-License-Identifier: Apache-2.0
package org.kizuna.ui.matrix;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import org.kizuna.model.Element;
import org.kizuna.model.ElementGroup;
import org.kizuna.model.FrameworkTemplate;
import org.kizuna.model.Project;
import org.kizuna.store.Command;
import org.kizuna.store.Edits;

/**
 * The element framework editor's decisions: the elements in display order (by group, then
 * ungrouped) and the command for each change. Moving an element up or down swaps it with its
 * neighbour in that display order, whatever their stored positions are.
 */
public final class FrameworkEditorModel {
    private Project project;

    public FrameworkEditorModel(Project project) {
        this.project = project;
    }

    public void setProject(Project p) {
        project = p;
    }

    public Project project() {
        return project;
    }

    public boolean empty() {
        return project.elements().isEmpty();
    }

    /** The elements as the matrix shows them: group by group, then the ungrouped ones. */
    public List<Element> ordered() {
        return new MatrixViewModel(project, true).columns().stream().map(MatrixViewModel.Column::element).toList();
    }

    public List<ElementGroup> groups() {
        return project.groups();
    }

    public ElementGroup group(Long id) {
        if (id == null) {
            return null;
        }
        return project.groups().stream().filter(g -> g.id() == id).findFirst().orElse(null);
    }

    public Command template(FrameworkTemplate t) {
        return Edits.addFramework(t);
    }

    /** A new element at the end (of its group, when it has one). */
    public Command addElement(String nameJa, String nameEn, Long groupId) {
        return Edits.addElement(new Element(0, groupId, nameJa.strip(), blankToNull(nameEn), -1));
    }

    public Optional<Command> rename(Element e, String nameJa, String nameEn) {
        if (nameJa == null || nameJa.isBlank()) {
            return Optional.empty();
        }
        String ja = nameJa.strip();
        String en = blankToNull(nameEn);
        if (ja.equals(e.nameJa()) && Objects.equals(en, blankToNull(e.nameEn()))) {
            return Optional.empty();
        }
        return Optional.of(Edits.updateElement(new Element(e.id(), e.groupId(), ja, en, e.position())));
    }

    /** Renames and regroups an element in one step (null group: ungrouped). */
    public Optional<Command> edit(Element e, String nameJa, String nameEn, Long groupId) {
        if (nameJa == null || nameJa.isBlank()) {
            return Optional.empty();
        }
        String ja = nameJa.strip();
        String en = blankToNull(nameEn);
        if (ja.equals(e.nameJa()) && Objects.equals(en, blankToNull(e.nameEn())) && Objects.equals(groupId, e.groupId())) {
            return Optional.empty();
        }
        return Optional.of(Edits.updateElement(new Element(e.id(), groupId, ja, en, e.position())));
    }

    /** Puts an element into a group (null: ungrouped). */
    public Optional<Command> regroup(Element e, Long groupId) {
        if (Objects.equals(e.groupId(), groupId)) {
            return Optional.empty();
        }
        return Optional.of(Edits.updateElement(new Element(e.id(), groupId, e.nameJa(), e.nameEn(), e.position())));
    }

    /** Moves an element one place up (-1) or down (+1) in the display order, within its group. */
    public Optional<Command> move(Element e, int delta) {
        List<Element> shown = ordered();
        int i = indexOf(shown, e.id());
        int j = i + delta;
        if (i < 0 || j < 0 || j >= shown.size() || !Objects.equals(shown.get(j).groupId(), e.groupId())) {
            return Optional.empty();
        }
        int target = indexOf(project.elements(), shown.get(j).id());
        return Optional.of(Edits.moveElement(e.id(), target));
    }

    public Command delete(Element e) {
        return Edits.deleteElement(e.id());
    }

    /** How many filled cells go with an element, for the delete confirmation. */
    public int cellCount(Element e) {
        return (int) project.cells().stream().filter(c -> c.elementId() == e.id() && !c.isEmpty()).count();
    }

    public Command addGroup(String nameJa, String nameEn) {
        return Edits.addGroup(new ElementGroup(0, nameJa.strip(), blankToNull(nameEn), -1));
    }

    public Optional<Command> renameGroup(ElementGroup g, String nameJa, String nameEn) {
        if (nameJa == null || nameJa.isBlank()) {
            return Optional.empty();
        }
        return Optional.of(Edits.updateGroup(new ElementGroup(g.id(), nameJa.strip(), blankToNull(nameEn),
                g.position())));
    }

    public Optional<Command> moveGroup(ElementGroup g, int delta) {
        List<ElementGroup> all = new ArrayList<>(project.groups());
        int i = -1;
        for (int k = 0; k < all.size(); k++) {
            if (all.get(k).id() == g.id()) {
                i = k;
            }
        }
        int j = i + delta;
        if (i < 0 || j < 0 || j >= all.size()) {
            return Optional.empty();
        }
        return Optional.of(Edits.moveGroup(g.id(), j));
    }

    /** Deletes a group; its elements stay, ungrouped. */
    public Command deleteGroup(ElementGroup g) {
        return Edits.deleteGroup(g.id());
    }

    private static int indexOf(List<Element> list, long id) {
        for (int k = 0; k < list.size(); k++) {
            if (list.get(k).id() == id) {
                return k;
            }
        }
        return -1;
    }

    private static String blankToNull(String s) {
        return s == null || s.isBlank() ? null : s.strip();
    }
}
