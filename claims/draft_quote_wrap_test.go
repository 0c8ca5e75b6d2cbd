package claims

import (
	"strconv"
	"strings"
	"testing"
	"unicode/utf8"

	"github.com/google/go-cmp/cmp"
	"github.com/google/go-cmp/cmp/cmpopts"

	"github.com/fundclaims/fundclaims/funding"
)

// rewrap returns text as a terminal or a mail saves it: each paragraph (a
// line of text) wrapped at width characters, with a blank line between
// paragraphs.
func rewrap(text string, width int) string {
	var b strings.Builder
	for line := range strings.Lines(text) {
		ws := strings.Fields(line)
		if len(ws) == 0 {
			continue
		}
		if b.Len() > 0 {
			b.WriteString("\n\n")
		}
		n := 0
		for i, w := range ws {
			switch {
			case i == 0:
			case n+1+utf8.RuneCountInString(w) > width:
				b.WriteByte('\n')
				n = 0
			default:
				b.WriteByte(' ')
				n++
			}
			b.WriteString(w)
			n += utf8.RuneCountInString(w)
		}
	}
	return b.String()
}

// wrapView is what a claim says, whatever the line breaks of its text: its
// quote and its speaker's words with white space made single spaces.
func wrapView(article string, q quoted) quoteView {
	v := viewOf(article, q)
	v.Quote = strings.Join(strings.Fields(v.Quote), " ")
	v.Said = strings.Join(strings.Fields(v.Said), " ")
	return v
}

// TestQuotationsHardWrapped checks that the two source stories wrapped at
// 72 columns, with blank lines between paragraphs, give the claims,
// speakers and assertions they give unwrapped, with each quote the
// wrapped text's bytes at its span.
func TestQuotationsHardWrapped(t *testing.T) {
	// Where each assertion's words are moves with the white space of its
	// quote.
	opts := cmp.Options{
		cmpopts.IgnoreFields(StatedAmount{}, "Span"), cmpopts.IgnoreFields(CountClaim{}, "Span"),
		cmpopts.IgnoreFields(RatioClaim{}, "Span"), cmpopts.IgnoreFields(Counterproposal{}, "Span"),
		cmpopts.IgnoreFields(Insufficiency{}, "Span"), cmpopts.IgnoreFields(Lateness{}, "Span"),
		cmpopts.IgnoreFields(Endorsement{}, "Span"),
	}
	for _, path := range []string{london2025Source, mopac2016Source} {
		text := quoteSource(t, path)
		wrapped := rewrap(text, 72)
		var want, got []quoteView
		for _, q := range quotations(text) {
			want = append(want, wrapView(text, q))
		}
		for _, q := range quotations(wrapped) {
			checkQuoted(t, wrapped, q)
			got = append(got, wrapView(wrapped, q))
		}
		if len(want) == 0 {
			t.Fatalf("quotations(%s) found no claims", path)
		}
		if diff := cmp.Diff(want, got, opts); diff != "" {
			t.Errorf("quotations(%s wrapped at 72 columns) differs from the unwrapped text (-unwrapped +wrapped):\n%s", path, diff)
		}
	}
}

// TestUnwrap checks which line breaks of a text read as spaces.
func TestUnwrap(t *testing.T) {
	for _, c := range []struct{ in, want string }{
		// Wrapped at 40 columns: the title and the date line end short.
		{"Council gives £2m to parks\n1 May 2025\n\nThe council has agreed £2m for the\nparks of the town, its leader said.\n\n\"It is too little, too late,\" said Ann\nLee, who leads the opposition group.",
			"Council gives £2m to parks\n1 May 2025\n\nThe council has agreed £2m for the parks of the town, its leader said.\n\n\"It is too little, too late,\" said Ann Lee, who leads the opposition group."},
		// A list's items keep their lines; a break with \r reads as two spaces.
		{"The money goes to three schemes in all:\n- parks\n- libraries\n\nThe council has agreed £2m for the\r\nparks.",
			"The money goes to three schemes in all:\n- parks\n- libraries\n\nThe council has agreed £2m for the  parks."},
		// A paragraph to a line, as the corpus has it: no line is wrapped.
		{"Title\n\n" + strings.Repeat("word ", 30) + "end.\nNext paragraph.", "Title\n\n" + strings.Repeat("word ", 30) + "end.\nNext paragraph."},
		// No blank line: each line is a paragraph.
		{"The council has agreed £2m for the\nparks of the town, its leader said.", "The council has agreed £2m for the\nparks of the town, its leader said."},
	} {
		if got := unwrap(c.in); got != c.want {
			t.Errorf("unwrap(%q) = %q, want %q", c.in, got, c.want)
		}
	}
}

// TestQuotationsWrappedQuote checks a quotation and its attribution
// broken across lines: the quote keeps its line break, the speaker's name
// reads as one.
func TestQuotationsWrappedQuote(t *testing.T) {
	text := "Council gives £2m to parks\n\nThe council has agreed £2m for the\nparks of the town, its leader said.\n\n\"It is too little, too late,\" said Ann\nLee, who leads the opposition group."
	var got []quoteView
	for _, q := range quotations(text) {
		checkQuoted(t, text, q)
		got = append(got, viewOf(text, q))
	}
	want := []quoteView{{
		Quote: "It is too little, too late", Speaker: funding.Person{Name: "Ann Lee"}, Said: "Ann\nLee", Sure: Explicit,
		Stance: Disputes, Responds: true,
		Assertions: Assertions{Insufficiency{Span: Span{Start: 6, End: 16}}, Lateness{Span: Span{Start: 18, End: 26}}},
	}}
	if diff := cmp.Diff(want, got); diff != "" {
		t.Errorf("quotations(%q) (-want +got):\n%s", text, diff)
	}
}

// TestDraftRecordUnwrapsOnce checks that DraftRecord reads the quotations
// of a hard-wrapped article as quotations reads them. Unwrapping an
// unwrapped text again can join more: here the joined first paragraph is
// the widest line, so a second pass would take the quotation's line for
// the rest of that paragraph and its speaker as named in it (Inferred),
// where it is a paragraph of its own after the one naming her (Guessed).
func TestDraftRecordUnwrapsOnce(t *testing.T) {
	const article = "Council gives £3m for roads\n\n" +
		"Jo Bloggs, the council leader, said the\n" +
		"town would get £3m for roads.\n" +
		"\"We will spend it well.\"\n"
	d, err := DraftRecord(article)
	if err != nil {
		t.Fatalf("DraftRecord(%q): %v", article, err)
	}
	got := ConfidenceUnknown
	for k, c := range d.Record.Claims {
		if c.Quote != "We will spend it well." {
			continue
		}
		for _, f := range d.Fields {
			if f.Path == "claims["+strconv.Itoa(k)+"].speaker" {
				got = f.Confidence
			}
		}
	}
	if got != Guessed {
		t.Errorf("DraftRecord(%q): speaker of \"We will spend it well.\" is %v, want %v", article, got, Guessed)
	}
}
