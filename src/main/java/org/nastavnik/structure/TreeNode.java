package org.nastavnik.structure;

import java.util.List;

/** A unit in the hierarchy page with its staff counted over its whole subtree. */
public record TreeNode(UnitView unit, long staff, List<TreeNode> children) {}
