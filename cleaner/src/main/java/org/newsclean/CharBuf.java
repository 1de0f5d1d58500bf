package org.newsclean;

import java.util.Arrays;

/**
 * A growable buffer of chars, filled by bulk copies from strings ({@link String#getChars}). A
 * {@link StringBuilder} copies a range of a Latin-1 string in bulk too (OpenJDK 17), but it
 * inflates itself at the first char outside Latin-1, copying what it holds; this buffer holds
 * chars from the start. Not thread-safe.
 */
final class CharBuf implements CharSequence {
    private char[] chars;
    private int length;

    /** @param capacity the chars it holds before it grows */
    CharBuf(int capacity) {
        chars = new char[Math.max(capacity, 16)];
    }

    @Override
    public int length() {
        return length;
    }

    @Override
    public char charAt(int i) {
        return chars[i];
    }

    @Override
    public CharSequence subSequence(int start, int end) {
        return new String(chars, start, end - start);
    }

    void setLength(int n) {
        length = n;
    }

    void append(char c) {
        if (length == chars.length) {
            chars = Arrays.copyOf(chars, length * 2);
        }
        chars[length++] = c;
    }

    /** Appends s[from, to). */
    void append(String s, int from, int to) {
        int n = to - from;
        if (length + n > chars.length) {
            chars = Arrays.copyOf(chars, Math.max(chars.length * 2, length + n));
        }
        s.getChars(from, to, chars, length);
        length += n;
    }

    @Override
    public String toString() {
        return new String(chars, 0, length);
    }
}
