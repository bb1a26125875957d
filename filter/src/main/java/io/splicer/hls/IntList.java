package io.splicer.hls;

import java.util.AbstractList;
import java.util.Arrays;
import java.util.RandomAccess;

/**
 * An immutable list of ints without a box per element (the per-segment counters of {@link
 * SpliceState}); equal to any list of the same Integers.
 */
final class IntList extends AbstractList<Integer> implements RandomAccess {

  private final int[] values;

  /** A list of the first {@code size} values (copied). */
  IntList(int[] values, int size) {
    this.values = Arrays.copyOf(values, size);
  }

  /** {@code size} times {@code value}. */
  static IntList repeat(int value, int size) {
    int[] v = new int[size];
    Arrays.fill(v, value);
    return new IntList(v, size);
  }

  @Override
  public Integer get(int index) {
    return values[index];
  }

  int getInt(int index) {
    return values[index];
  }

  @Override
  public int size() {
    return values.length;
  }
}
