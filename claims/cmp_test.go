package claims_test

import (
	"testing"

	"github.com/google/go-cmp/cmp"

	"github.com/fundclaims/fundclaims/claims"
)

// TestGoCmpErrors checks that go-cmp, with no options, compares the
// package's errors, which hold its sentinels: errors.New's used to make
// it panic on their unexported field.
func TestGoCmpErrors(t *testing.T) {
	_, parseErr := claims.ParseVerdict("mostly true")
	_, again := claims.ParseVerdict("mostly true")
	tests := []struct {
		name string
		x, y error
		same bool
	}{
		{"record errors", &claims.RecordError{Claim: "c", Path: "about", Err: claims.ErrNotFound}, &claims.RecordError{Claim: "c", Path: "about", Err: claims.ErrNotFound}, true},
		{"record errors of two kinds", &claims.RecordError{Claim: "c", Err: claims.ErrNotFound}, &claims.RecordError{Claim: "c", Err: claims.ErrCycle}, false},
		{"parse errors", parseErr, again, true},
	}
	for _, tt := range tests {
		if got := cmp.Equal(tt.x, tt.y); got != tt.same {
			t.Errorf("%s: cmp.Equal = %v, want %v", tt.name, got, tt.same)
		}
	}
}
