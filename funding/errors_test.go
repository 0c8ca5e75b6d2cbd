package funding

import (
	"errors"
	"strings"
	"testing"
)

func TestErrorMessages(t *testing.T) {
	tests := []struct {
		err  error
		want string
		is   []error
	}{
		{&ParseError{Func: "ParseCount", Input: "zero", Err: ErrZeroCount}, `funding: ParseCount("zero"): count of zero at offset 0`, []error{ErrZeroCount}},
		{&ParseError{Func: "F", Input: strings.Repeat("x", 100), Err: ErrSyntax}, `funding: F("` + strings.Repeat("x", 64) + `..."): invalid syntax at offset 0`, []error{ErrSyntax}},
		{&FieldError{Path: "allocations[1].amount", Err: expected(ErrNegative, "-£5.00")}, "funding: allocations[1].amount: negative amount: -£5.00", []error{ErrNegative, ErrInvalid}},
		{&GrantError{Grant: "360G-x-1", Field: "amountAwarded", Err: ErrMissing}, `funding: 360Giving grant "360G-x-1": amountAwarded: missing`, []error{ErrMissing}},
		{&GrantError{Grant: "#3", Err: ErrSyntax}, `funding: 360Giving grant "#3": invalid syntax`, []error{ErrSyntax}},
		{&LineError{Func: "ReadONSCSV", Line: 12, Err: ErrSyntax}, "funding: ReadONSCSV: line 12: invalid syntax", []error{ErrSyntax}},
		{&LineError{Func: "ReadIndexCSV", Err: ErrMissing}, "funding: ReadIndexCSV: missing", []error{ErrMissing}},
		{because(ErrSyntax, ErrZeroCount), "invalid syntax: count of zero", []error{ErrSyntax, ErrZeroCount}},
	}
	for _, tt := range tests {
		if got := tt.err.Error(); got != tt.want {
			t.Errorf("Error() = %q, want %q", got, tt.want)
		}
		for _, target := range tt.is {
			if !errors.Is(tt.err, target) {
				t.Errorf("errors.Is(%q, %v) = false", tt.err, target)
			}
		}
	}
	if errors.Is(&GrantError{Err: ErrMissing}, ErrInvalid) {
		t.Error("a GrantError matches ErrInvalid")
	}
}
