package claims

import (
	"strings"
	"unicode/utf8"
)

// maxWrap is the widest line, in characters, of a text taken as
// hard-wrapped: terminals and mail wrap at 72 to 80 columns, and a text
// with longer lines of prose has a paragraph to a line.
const maxWrap = 100

// unwrap returns the text quotations reads for the article s: s itself
// unless it is hard-wrapped, and otherwise s with each line break inside a
// paragraph replaced by a space, byte for byte, so that every offset of
// the one is an offset of the other.
//
// s is hard-wrapped if it separates paragraphs with blank lines and no line
// of prose (one holding a space) is longer than maxWrap characters; the
// longest such line gives the width it was wrapped at. A line is then
// joined to the next, which is no blank line and no item of a list (opening
// with "-", "*" or "•"), where the next line's first word would not have
// fitted after it within that width: the wrap broke it there. A line that
// ends short of the width, such as a title or a date line above the body,
// ends its paragraph. The test reads the text up to its first long line
// of prose, and only a hard-wrapped text is read twice.
func unwrap(s string) string {
	width, blank, prev := 0, false, false
	for line := range strings.Lines(s) {
		text := strings.TrimRight(line, " \t\r\n")
		switch {
		case strings.TrimLeft(text, " \t") == "":
			blank = blank || prev
			prev = false
			continue
		case strings.Contains(text, " "):
			if width = max(width, utf8.RuneCountInString(text)); width > maxWrap {
				return s // a paragraph to a line
			}
		}
		prev = true
	}
	if !blank || width == 0 {
		return s
	}
	var b []byte
	at, last := 0, 0 // the offset of the line read; the length of the line before it, 0 after a blank one
	for line := range strings.Lines(s) {
		text := strings.TrimRight(line, " \t\r\n")
		body := strings.TrimLeft(text, " \t")
		if body == "" {
			last = 0
			at += len(line)
			continue
		}
		if last > 0 && !listItem(body) && last+1+utf8.RuneCountInString(firstWord(body)) > width {
			if b == nil {
				b = []byte(s)
			}
			// The break before this line, with a \r before it, reads as a space.
			for k := at - 1; k >= 0 && (s[k] == '\n' || s[k] == '\r'); k-- {
				b[k] = ' '
			}
		}
		last = utf8.RuneCountInString(text)
		at += len(line)
	}
	if b == nil {
		return s
	}
	return string(b)
}

// firstWord returns the words of line up to its first space.
func firstWord(line string) string {
	w, _, _ := strings.Cut(line, " ")
	return w
}

// listItem reports whether line opens with the mark of an item of a list.
func listItem(line string) bool {
	return strings.HasPrefix(line, "- ") || strings.HasPrefix(line, "* ") || strings.HasPrefix(line, "•")
}
