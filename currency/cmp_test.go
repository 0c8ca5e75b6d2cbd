package currency

import (
	"testing"

	"github.com/google/go-cmp/cmp"
	"golang.org/x/text/language"
)

// TestGoCmp checks that go-cmp, with no options, compares every exported
// type of the package and anything holding one; cmp.Equal(GBP, EUR) used to
// panic on Code's unexported field.
func TestGoCmp(t *testing.T) {
	_, syntax := Parse("£x")
	_, unknown := ParseCode("QQQ")
	fig, _ := ParseFigure("more than £4m")
	fig2, _ := ParseFigure("£2.4m")
	type record struct {
		C Code
		A Amount
		F Formatter
	}
	tests := []struct {
		name string
		x, y any
		same bool
	}{
		{"codes", GBP, EUR, false},
		{"same code", GBP, MustParseCode("gbp"), true},
		{"struct holding a code", record{C: GBP}, record{C: EUR}, false},
		{"amounts at two scales", MustParse("£2.4"), MustParse("£2.40"), true},
		{"amounts", Pounds(2), Pounds(3), false},
		{"formatters", NewFormatter(language.German), NewFormatter(language.French), false},
		{"zero and British formatters", Formatter{}, NewFormatter(language.BritishEnglish), true},
		{"struct holding a formatter", record{F: NewFormatter(language.German)}, record{F: NewFormatter(language.German)}, true},
		{"parse errors", syntax, unknown, false},
		{"same parse error", syntax, func() error { _, err := Parse("£x"); return err }(), true},
		{"mismatch errors", &MismatchError{Op: "Add", A: GBP, B: EUR}, &MismatchError{Op: "Add", A: GBP, B: USD}, false},
		{"figures", fig, fig2, false},
		{"intervals", fig.Interval(), fig2.Interval(), false},
		{"mentions", Find("a £2m fund"), Find("a £3m fund"), false},
		{"enums", []any{Exact, HalfUp, Full}, []any{About, HalfEven, Short}, false},
	}
	for _, tt := range tests {
		if got := cmp.Equal(tt.x, tt.y); got != tt.same {
			t.Errorf("%s: cmp.Equal = %v, want %v", tt.name, got, tt.same)
		}
		if diff := cmp.Diff(tt.x, tt.y); (diff == "") != tt.same {
			t.Errorf("%s: cmp.Diff = %q, want it empty only if equal", tt.name, diff)
		}
	}
}
