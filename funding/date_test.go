package funding

import (
	"encoding/json"
	"errors"
	"testing"
	"time"

	"github.com/google/go-cmp/cmp"
)

func TestNewDate(t *testing.T) {
	tests := []struct {
		y, m, d int
		ok      bool
	}{
		{2016, 11, 28, true},
		{2016, 2, 29, true},  // leap year
		{2017, 2, 29, false}, // not
		{2000, 2, 29, true},  // divisible by 400
		{1900, 2, 29, false}, // by 100 only
		{2017, 4, 31, false},
		{2017, 13, 1, false},
		{2017, 0, 1, false},
		{2017, 1, 0, false},
		{1, 1, 1, true},
		{9999, 12, 31, true},
		{0, 12, 31, false},
		{10000, 1, 1, false},
	}
	for _, tt := range tests {
		d, err := NewDate(tt.y, time.Month(tt.m), tt.d)
		if (err == nil) != tt.ok {
			t.Errorf("NewDate(%d, %d, %d) error = %v, want ok %t", tt.y, tt.m, tt.d, err, tt.ok)
			continue
		}
		if !tt.ok {
			if !errors.Is(err, ErrRange) || !d.IsZero() {
				t.Errorf("NewDate(%d, %d, %d) = %v, %v; want zero, ErrRange", tt.y, tt.m, tt.d, d, err)
			}
			continue
		}
		if y, m, dd := d.Date(); y != tt.y || int(m) != tt.m || dd != tt.d {
			t.Errorf("NewDate(%d, %d, %d).Date() = %d, %d, %d", tt.y, tt.m, tt.d, y, m, dd)
		}
		if got := DateOf(d.Time()); got != d {
			t.Errorf("DateOf(%v.Time()) = %v", d, got)
		}
	}
}

func TestDateArithmetic(t *testing.T) {
	d := MustDate(2020, time.February, 28)
	tests := []struct {
		n    int
		want Date
	}{
		{0, d},
		{1, MustDate(2020, time.February, 29)},
		{2, MustDate(2020, time.March, 1)},
		{-59, MustDate(2019, time.December, 31)},
		{366, MustDate(2021, time.February, 28)},
	}
	for _, tt := range tests {
		got := d.AddDays(tt.n)
		if got != tt.want {
			t.Errorf("%v.AddDays(%d) = %v, want %v", d, tt.n, got, tt.want)
		}
		if s := got.Sub(d); s != tt.n {
			t.Errorf("%v.Sub(%v) = %d, want %d", got, d, s, tt.n)
		}
	}
	if got := (Date{}).AddDays(3); !got.IsZero() {
		t.Errorf("Date{}.AddDays(3) = %v, want the zero Date", got)
	}
	if got := MustDate(9999, time.December, 31).AddDays(1); !got.IsZero() {
		t.Errorf("9999-12-31 + 1 = %v, want the zero Date", got)
	}
	if got := MustDate(1, time.January, 1).AddDays(-1); !got.IsZero() {
		t.Errorf("0001-01-01 - 1 = %v, want the zero Date", got)
	}
	if got := d.Sub(Date{}); got != 0 {
		t.Errorf("Sub(zero) = %d, want 0", got)
	}
	a, b := MustDate(2016, time.November, 28), MustDate(2018, time.March, 31)
	if !a.Before(b) || a.After(b) || a.Compare(b) != -1 || b.Compare(a) != 1 || a.Compare(a) != 0 || !a.Equal(a) {
		t.Errorf("ordering of %v and %v wrong", a, b)
	}
}

func TestParseDate(t *testing.T) {
	tests := []struct {
		in   string
		want Date
		err  error
	}{
		{"2016-11-28", MustDate(2016, time.November, 28), nil},
		{"0001-01-01", MustDate(1, time.January, 1), nil},
		{"2017-02-29", Date{}, ErrRange},
		{"2016-1-28", Date{}, ErrSyntax},
		{"2016/11/28", Date{}, ErrSyntax},
		{"2016-11-28T00:00:00Z", Date{}, ErrSyntax},
		{"28 November 2016", Date{}, ErrSyntax},
		{"", Date{}, ErrSyntax},
	}
	for _, tt := range tests {
		got, err := ParseDate(tt.in)
		if got != tt.want || !errors.Is(err, tt.err) || (err == nil) != (tt.err == nil) {
			t.Errorf("ParseDate(%q) = %v, %v, want %v, %v", tt.in, got, err, tt.want, tt.err)
		}
	}
}

func TestDateJSON(t *testing.T) {
	type rec struct {
		D Date `json:"d"`
		Z Date `json:"z"`
	}
	in := rec{D: MustDate(2016, time.November, 28)}
	b, err := json.Marshal(in)
	if err != nil {
		t.Fatal(err)
	}
	if want := `{"d":"2016-11-28","z":""}`; string(b) != want {
		t.Errorf("json.Marshal = %s, want %s", b, want)
	}
	var out rec
	if err := json.Unmarshal(b, &out); err != nil {
		t.Fatal(err)
	}
	if diff := cmp.Diff(in, out); diff != "" {
		t.Errorf("JSON round trip (-want +got)\n%s", diff)
	}
	if err := json.Unmarshal([]byte(`{"d":"2016-11-31"}`), &out); !errors.Is(err, ErrRange) {
		t.Errorf("Unmarshal(2016-11-31) error = %v, want ErrRange", err)
	}
}

func TestDateZero(t *testing.T) {
	var d Date
	if d.String() != "" || !d.Time().IsZero() || d.Year() != 0 || d.Month() != 0 || d.Day() != 0 || d.FiscalYear() != 0 {
		t.Errorf("zero Date: String %q Time %v Y %d M %d D %d FY %v", d.String(), d.Time(), d.Year(), d.Month(), d.Day(), d.FiscalYear())
	}
}

func TestDateLong(t *testing.T) {
	tests := []struct {
		d    Date
		want string
	}{
		{Date{}, ""},
		{MustDate(2016, time.November, 28), "28 November 2016"},
		{MustDate(2017, time.April, 1), "1 April 2017"},
		{MustDate(2020, time.February, 29), "29 February 2020"},
		{MustDate(1, time.January, 1), "1 January 1"},
		{MustDate(9999, time.December, 31), "31 December 9999"},
	}
	for _, tt := range tests {
		if diff := cmp.Diff(tt.want, tt.d.Long()); diff != "" {
			t.Errorf("%v.Long() (-want +got)\n%s", tt.d, diff)
		}
	}
}
