// SPDX-License-Identifier: Apache-2.0
package org.kizuna.ui.workbench;

/** One line of the actor list: the actor's name and its kind's label in the UI language. */
public record ActorRow(long id, String name, String kind) {
}
