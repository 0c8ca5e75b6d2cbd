package claims_test

import (
	"testing"
	"unicode/utf8"

	"github.com/fundclaims/fundclaims/claims"
	"github.com/google/go-cmp/cmp"
)

func TestFromQuote(t *testing.T) {
	tests := []struct {
		quote string
		want  []string // the words of each proposal
	}{
		{"City Hall Conservatives had a fully-costed proposal for a £4.5m inquiry in London into this heinous abuse - the mayor coughing up £2m after months",
			[]string{"£4.5m", "£2m"}},
		{"has today announced an investment of more than £4 million to help tackle sexual abuse", []string{"more than £4 million"}},
		{"between £3m and £5m, or €2m", []string{"between £3m and £5m", "€2m"}},
		{"about 9,000 historic cases", nil},
		{"", nil},
	}
	for _, tt := range tests {
		got := claims.FromQuote(tt.quote)
		var words []string
		for _, s := range got {
			words = append(words, s.Span.In(tt.quote))
			if s.Package != "" || s.Allocation != "" {
				t.Errorf("FromQuote(%q) set a package: %+v", tt.quote, s)
			}
		}
		if diff := cmp.Diff(tt.want, words); diff != "" {
			t.Errorf("FromQuote(%q) words mismatch (-want +got):\n%s", tt.quote, diff)
		}
	}
}

func TestSpan(t *testing.T) {
	q := "coughing up £2m"
	tests := []struct {
		s     claims.Span
		valid bool
		in    string
	}{
		{claims.Span{}, true, ""},
		{claims.Span{Start: 12, End: 16}, true, "£2m"},
		{claims.Span{Start: 13, End: 16}, false, ""},
		{claims.Span{Start: 5, End: 4}, false, ""},
		{claims.Span{Start: -1, End: 4}, false, ""},
		{claims.Span{Start: 0, End: 17}, false, ""},
		{claims.Span{Start: 16, End: 16}, true, ""},
	}
	for _, tt := range tests {
		if got := tt.s.Valid(q); got != tt.valid {
			t.Errorf("%+v.Valid(%q) = %v, want %v", tt.s, q, got, tt.valid)
		}
		if got := tt.s.In(q); got != tt.in {
			t.Errorf("%+v.In(%q) = %q, want %q", tt.s, q, got, tt.in)
		}
	}
	if !(claims.Span{}).IsZero() || (claims.Span{End: 1}).IsZero() {
		t.Error("IsZero is wrong")
	}
}

func FuzzFromQuote(f *testing.F) {
	for _, s := range []string{
		"the mayor coughing up £2m after months",
		"an investment of more than £4 million",
		"£3m-£5m", "between £3m and £5m", "nearly £4m", "30p", "half a billion pounds",
		"USD 3bn and €2.50 and ¥2,400", "£1e400", "£1,2,3", "£", "\xff£2m\xc2",
		"handed over £2m", "from £3m to £5m",
	} {
		f.Add(s)
	}
	f.Fuzz(func(t *testing.T, quote string) {
		got := claims.FromQuote(quote)
		end := 0
		for _, s := range got {
			if !s.Span.Valid(quote) || s.Span.Start >= s.Span.End {
				t.Fatalf("FromQuote(%q): span %+v is not valid", quote, s.Span)
			}
			if s.Span.Start < end {
				t.Fatalf("FromQuote(%q): spans overlap or are out of order at %+v", quote, s.Span)
			}
			end = s.Span.End
			words := quote[s.Span.Start:s.Span.End]
			if words != s.Figure.Text() {
				t.Fatalf("FromQuote(%q): span %+v holds %q, but the figure says %q", quote, s.Span, words, s.Figure.Text())
			}
			if !utf8.ValidString(words) && utf8.ValidString(quote) {
				t.Fatalf("FromQuote(%q): words %q are not whole characters", quote, words)
			}
			if s.Figure.IsZero() {
				t.Fatalf("FromQuote(%q): zero figure at %+v", quote, s.Span)
			}
			c := claims.Claim{ID: "c", Speaker: claims.Speaker{Name: "A"}, Quote: quote, Assertions: claims.Assertions{s}}
			if err := c.Validate(); quote != "" && containsNonSpace(quote) && err != nil {
				t.Fatalf("FromQuote(%q) proposed an assertion its claim rejects: %v", quote, err)
			}
		}
	})
}

// containsNonSpace reports whether s has a character other than white space.
func containsNonSpace(s string) bool {
	for _, r := range s {
		if r != ' ' && r != '\t' && r != '\n' && r != '\r' {
			return true
		}
	}
	return false
}
