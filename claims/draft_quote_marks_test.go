package claims

import (
	"strings"
	"testing"
	"unicode/utf8"

	"github.com/google/go-cmp/cmp"
)

// TestQuotationMarks checks which words quotations takes as quotations, in
// every style of mark, and that apostrophes are not taken for marks.
func TestQuotationMarks(t *testing.T) {
	tests := []struct {
		name, article string
		want          []string
	}{
		{"curly double", `Jane Smith said: “It is welcome.”`, []string{"It is welcome."}},
		{"straight double", `Jane Smith said: "It is welcome."`, []string{"It is welcome."}},
		{"curly single", `Jane Smith said the plan put victims ‘at the very heart’ of it.`, []string{"at the very heart"}},
		{"straight single", `Jane Smith said the plan put victims 'at the very heart' of it.`, []string{"at the very heart"}},
		{"two straight single marks close a double quotation", "Grant row\nJane Smith said she was \"disgusted'' that the plan failed: \"It was unfair to us.''",
			[]string{"disgusted", "It was unfair to us."}},
		{"mixed double marks", `Jane Smith said: “It is welcome, and overdue."`, []string{"It is welcome, and overdue."}},
		{"said: with no space", `Jane Smith, Head of Care, NHS England said:“It’s vital we act now.”`, []string{"It’s vital we act now."}},
		{"a space after the opening mark, after said:", `Tom Reid said: " We have waited too long.`, []string{"We have waited too long."}},
		{"a space after the opening mark, opening a paragraph", "Tom Reid spoke.\n\" It is late.\" he said.", []string{"It is late."}},
		{"a space after a curly opening mark, after said:", "Tom Reid said: “ We have waited too long.”", []string{"We have waited too long."}},
		{"a space after a single opening mark, after said:", "Tom Reid said: ‘ We have waited too long.’", []string{"We have waited too long."}},
		{"comma before the closing mark", "Jane Smith spoke.\n\"It just rings hollow,\" she said.", []string{"It just rings hollow"}},
		{"a space before the closing mark of a short paragraph continued", "Tom Reid said: \"It is late.\n\"The rest is to come. We wait. \"",
			[]string{"It is late.", "The rest is to come. We wait."}},
		{"apostrophes are no marks", `The National Police Chief's Council said it's the Mayor’s plan and the victims' commissioner's view that "it will help".`,
			[]string{"it will help"}},
		{"possessive after an s inside a single quotation", `Jane Smith said it was 'the victims' fund for all of them' then.`,
			[]string{"the victims"}},
		{"single marks inside double stay in the words", `Jane Smith said: "It put victims 'at the heart' of the plan."`,
			[]string{"It put victims 'at the heart' of the plan."}},
		{"an opening mark after a sentence inside a quotation opens the next", "Jane Smith said:\n“The money is welcome. “It will help many people.”",
			[]string{"The money is welcome.", "It will help many people."}},
		{"open to the end of the paragraph, continued UK style", "Jane Smith said: “The money is welcome.\n“It will help many people.”",
			[]string{"The money is welcome.", "It will help many people."}},
		{"a single quotation left open after said:, UK style", "He said: ‘For patients it’ll mean easier appointments.\n‘It is good.’",
			[]string{"For patients it’ll mean easier appointments.", "It is good."}},
		{"a single quotation left open mid-sentence, continued UK style", "Ruth Cole said the fund was ‘far short of the need. It will not last.\n‘We will press for more.’",
			[]string{"far short of the need. It will not last.", "We will press for more."}},
		{"a single mark left open mid-sentence, no paragraph after", "Ruth Cole said the fund was ‘far short of the need.", nil},
		{"two quotations in one sentence", `Jane Smith said the force had "significantly strengthened" its work, giving a "threefold increase in solved cases".`,
			[]string{"significantly strengthened", "threefold increase in solved cases"}},
		{"a cross-heading and a link are no claims", "'Heinous abuse'\nMet investigating 'tens of grooming gang cases'\n- Published5 days ago", nil},
		{"a title in marks with no speaker is no claim", "The report ‘Sexual Violence against Children and Adults in London’ can be read here.", nil},
		{"a word in marks with no speaker is no claim", "The budget includes a £512m “uplift” for schools.", nil},
		{"a phrase in marks with no speaker is no claim", "Funds will go to 12 of the ‘most deserving and best run projects’ in the county.", nil},
		{"a phrase in marks with no speaker, stating money, is kept", "Funds include “£5m of new money for parks” this year.", []string{"£5m of new money for parks"}},
		{"the article's title", "“A mere fraction”: £600m package welcomed with caution\n\nThe money was announced.", nil},
		{"empty marks", `Jane Smith said: "" and “ ”.`, nil},
		{"an unmatched closing mark", `Jane Smith said it was” fine.`, nil},
	}
	for _, tt := range tests {
		var got []string
		for _, q := range quotations(tt.article) {
			checkQuoted(t, tt.article, q)
			got = append(got, q.claim.Quote)
		}
		if diff := cmp.Diff(tt.want, got); diff != "" {
			t.Errorf("%s: quotations(%q) quotes mismatch (-want +got):\n%s", tt.name, tt.article, diff)
		}
	}
}

// FuzzQuotations checks that quotations never panics and keeps its
// promises on any text: every span inside the text on character
// boundaries, each quote the words at its span, each assertion inside its
// quote.
func FuzzQuotations(f *testing.F) {
	for _, s := range []string{
		`Susan Hall, leader of the Conservatives, called the funds "too little, too late".`,
		"Sir Sadiq said: \"Any individuals.\n\"As the Met carries out its work, I'm announcing a new £2.4m package.\"",
		`"City Hall Conservatives had a fully-costed proposal for a £4.5m inquiry," she said.`,
		"But after reviewing 2,200 of them only about 1,200 remained in scope, Sir Mark Rowley told the London Assembly.",
		"Prime Minister Boris Johnson said:\n\nWe continue to deliver £300 million.",
		"The council has agreed £2m for the\nparks, its leader said.\n\n\"It is too little,\" said Ann\nLee.",
		"'", "“", "\"\"\"", "‘’’", "said: \"", "she said", "X said:\n", "\xe2\x80", "a 9% increase in 1,200 cases, two thirds of them",
	} {
		f.Add(s)
	}
	f.Fuzz(func(t *testing.T, article string) {
		if !utf8.ValidString(article) {
			return // DraftRecord refuses text that is not UTF-8
		}
		for _, q := range quotations(article) {
			checkQuoted(t, article, q)
		}
	})
}

// TestQuotationsInvalidText checks that text that is not UTF-8, or holds
// NUL bytes or nothing but marks, gives no panic and spans inside it.
func TestQuotationsInvalidText(t *testing.T) {
	for _, s := range []string{"", "\x00\x00", "\xff\xfe said: \"\xff\"", strings.Repeat("“", 1000), strings.Repeat("said ", 1000),
		strings.Repeat("'a ", 500), "\"" + strings.Repeat("x", 10000)} {
		for _, q := range quotations(s) {
			if !q.quote.Valid(s) || s[q.quote.Start:q.quote.End] != q.claim.Quote {
				t.Errorf("quotations(%.20q): quote span %+v does not hold its quote", s, q.quote)
			}
		}
	}
}
