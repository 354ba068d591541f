package io.github.icsmodel.json;

import java.util.Arrays;
import java.util.List;

/**
 * The locations a read records, stored as a tree shaped like the document: each container holds, for each of its
 * entries, the entry's property name (shared with the parser's canonical names; none for array elements), its
 * packed line and column, and the entry's own container, if it is one. This costs a few dozen bytes an element,
 * where a map from pointer text would cost a string per element.
 */
final class LocationIndex {
  private static final String[] NO_NAMES = new String[0];

  /** One object or array. */
  static final class Node {
    private final boolean object;
    private String[] names;
    private long[] positions = new long[4];
    private Node[] children = new Node[4];
    private int size;
    /** Entries by name, made on the first look-up in a large object, so that looking up each is not linear. */
    private java.util.HashMap<String, Integer> byName;

    Node(boolean object) {
      this.object = object;
      this.names = object ? new String[4] : NO_NAMES;
    }

    int add(String name, long position) {
      if (size == positions.length) {
        int capacity = size * 2;
        positions = Arrays.copyOf(positions, capacity);
        children = Arrays.copyOf(children, capacity);
        if (object) {
          names = Arrays.copyOf(names, capacity);
        }
      }
      if (object) {
        names[size] = name;
        byName = null;
      }
      positions[size] = position;
      return size++;
    }

    void child(int entry, Node node) {
      children[entry] = node;
    }

    private int find(String token) {
      if (object) {
        if (size > 16) {
          if (byName == null) {
            byName = new java.util.HashMap<>(size * 2);
            for (int i = size - 1; i >= 0; i--) {
              byName.put(names[i], i);
            }
          }
          Integer entry = byName.get(token);
          return entry == null ? -1 : entry;
        }
        for (int i = 0; i < size; i++) {
          if (names[i].equals(token)) {
            return i;
          }
        }
        return -1;
      }
      if (token.isEmpty() || token.length() > 9 || (token.length() > 1 && token.charAt(0) == '0')) {
        return -1;
      }
      for (int i = 0; i < token.length(); i++) {
        if (!Character.isDigit(token.charAt(i))) {
          return -1;
        }
      }
      int index = Integer.parseInt(token);
      return index < size ? index : -1;
    }
  }

  private Node root;
  private long rootPosition;
  private int size;
  private final Node[] containers = new Node[Limits.MAX_NESTING_DEPTH + 2];
  private final Node[] pendingParent = new Node[Limits.MAX_NESTING_DEPTH + 2];
  private final int[] pendingEntry = new int[Limits.MAX_NESTING_DEPTH + 2];

  /** Records the whole document's position: an object, or the reader would have refused it. */
  void root(long position) {
    root = new Node(true);
    rootPosition = position;
    containers[1] = root;
    size++;
  }

  /**
   * Records an entry of the container at {@code depth}, an object or an array: a property (with its name) or an
   * array element (no name). If the entry's value is a container, its node is made the first time something inside
   * it is recorded.
   */
  void entry(int depth, boolean inObject, String name, long position) {
    Node container = container(depth, inObject);
    if (container == null) {
      return;
    }
    int entry = container.add(name, position);
    size++;
    if (depth + 1 < containers.length) {
      containers[depth + 1] = null;
      pendingParent[depth + 1] = container;
      pendingEntry[depth + 1] = entry;
    }
  }

  private Node container(int depth, boolean object) {
    Node node = containers[depth];
    if (node == null && pendingParent[depth] != null) {
      node = new Node(object);
      pendingParent[depth].child(pendingEntry[depth], node);
      containers[depth] = node;
      pendingParent[depth] = null;
    }
    return node;
  }

  /** Returns the packed position of the element the tokens name, or -1. */
  long find(List<String> tokens) {
    if (root == null) {
      return -1;
    }
    Node node = root;
    long position = rootPosition;
    for (String token : tokens) {
      if (node == null) {
        return -1;
      }
      int entry = node.find(token);
      if (entry < 0) {
        return -1;
      }
      position = node.positions[entry];
      node = node.children[entry];
    }
    return position;
  }

  int size() {
    return size;
  }
}
