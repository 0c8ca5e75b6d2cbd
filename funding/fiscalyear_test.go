package funding

import (
	"errors"
	"testing"
	"time"

	"github.com/google/go-cmp/cmp"
)

func TestParseFiscalYear(t *testing.T) {
	tests := []struct {
		in   string
		want FiscalYear
		err  error
	}{
		{"2017-18", 2017, nil},
		{"2017/18", 2017, nil},
		{"2017–18", 2017, nil}, // en dash
		{"FY2017-18", 2017, nil},
		{"fy2017/18", 2017, nil},
		{"FY 2017-18", 2017, nil},
		{"2017-2018", 2017, nil},
		{"2017/2018", 2017, nil},
		{"1999-00", 1999, nil},
		{"1999-2000", 1999, nil},
		{"0001-02", 1, nil},
		{"9998-99", 9998, nil},
		{"2017-19", 0, ErrSyntax},
		{"2017-17", 0, ErrSyntax},
		{"2017-2019", 0, ErrSyntax},
		{"2017-201", 0, ErrSyntax},
		{"17-18", 0, ErrSyntax},
		{"2017", 0, ErrSyntax},
		{"2017-", 0, ErrSyntax},
		{"2017-18 ", 0, ErrSyntax},
		{" 2017-18", 0, ErrSyntax},
		{"2017 18", 0, ErrSyntax},
		{"FY", 0, ErrSyntax},
		{"", 0, ErrSyntax},
		{"20170-18", 0, ErrSyntax},
		{"0000-01", 0, ErrRange},
		{"9999-00", 0, ErrRange},
	}
	for _, tt := range tests {
		got, err := ParseFiscalYear(tt.in)
		if got != tt.want || !errors.Is(err, tt.err) || (tt.err == nil) != (err == nil) {
			t.Errorf("ParseFiscalYear(%q) = %v, %v, want %v, %v", tt.in, got, err, tt.want, tt.err)
		}
		var pe *ParseError
		if err != nil && !errors.As(err, &pe) {
			t.Errorf("ParseFiscalYear(%q) error %T, want *ParseError", tt.in, err)
		}
	}
}

func TestParseFiscalYearErrorMessage(t *testing.T) {
	_, err := ParseFiscalYear("2017-19")
	want := `funding: ParseFiscalYear("2017-19"): invalid syntax: want 18, the year after 2017 at offset 5`
	if err == nil || err.Error() != want {
		t.Errorf("ParseFiscalYear(%q) error = %v, want %s", "2017-19", err, want)
	}
}

func TestFiscalYearOf(t *testing.T) {
	london, err := time.LoadLocation("Europe/London")
	if err != nil {
		t.Skip("no time zone data:", err)
	}
	tests := []struct {
		t    time.Time
		want FiscalYear
	}{
		{time.Date(2018, time.March, 31, 23, 59, 59, 0, time.UTC), 2017},
		{time.Date(2018, time.April, 1, 0, 0, 0, 0, time.UTC), 2018},
		{time.Date(2018, time.January, 1, 0, 0, 0, 0, time.UTC), 2017},
		{time.Date(2017, time.December, 31, 12, 0, 0, 0, time.UTC), 2017},
		// 00:30 BST on 1 April is 23:30 UTC on 31 March: the clock's date counts.
		{time.Date(2018, time.April, 1, 0, 30, 0, 0, london), 2018},
		{time.Date(2018, time.April, 1, 0, 30, 0, 0, london).UTC(), 2017},
		{time.Date(2020, time.February, 29, 0, 0, 0, 0, time.UTC), 2019},
		{time.Time{}, 0}, // year 1, January: the year would start in year 0
		{time.Date(1, time.April, 1, 0, 0, 0, 0, time.UTC), 1},
		{time.Date(10000, time.April, 1, 0, 0, 0, 0, time.UTC), 0},
	}
	for _, tt := range tests {
		if got := FiscalYearOf(tt.t); got != tt.want {
			t.Errorf("FiscalYearOf(%v) = %v, want %v", tt.t, got, tt.want)
		}
	}
}

func TestFiscalYearBounds(t *testing.T) {
	tests := []struct {
		y          FiscalYear
		start, end Date
		days       int
		str        string
	}{
		{2017, MustDate(2017, time.April, 1), MustDate(2018, time.March, 31), 365, "2017-18"},
		{2019, MustDate(2019, time.April, 1), MustDate(2020, time.March, 31), 366, "2019-20"}, // 29 Feb 2020
		{2020, MustDate(2020, time.April, 1), MustDate(2021, time.March, 31), 365, "2020-21"},
		{1999, MustDate(1999, time.April, 1), MustDate(2000, time.March, 31), 366, "1999-00"}, // 2000 is a leap year
		{2099, MustDate(2099, time.April, 1), MustDate(2100, time.March, 31), 365, "2099-00"}, // 2100 is not
		{0, Date{}, Date{}, 0, ""},
		{-3, Date{}, Date{}, 0, "FiscalYear(-3)"},
		{9999, Date{}, Date{}, 0, "FiscalYear(9999)"},
	}
	for _, tt := range tests {
		if got := tt.y.Start(); got != tt.start {
			t.Errorf("FiscalYear(%d).Start() = %v, want %v", int(tt.y), got, tt.start)
		}
		if got := tt.y.End(); got != tt.end {
			t.Errorf("FiscalYear(%d).End() = %v, want %v", int(tt.y), got, tt.end)
		}
		if got := tt.y.Days(); got != tt.days {
			t.Errorf("FiscalYear(%d).Days() = %d, want %d", int(tt.y), got, tt.days)
		}
		if got := tt.y.String(); got != tt.str {
			t.Errorf("FiscalYear(%d).String() = %q, want %q", int(tt.y), got, tt.str)
		}
	}
}

func TestFiscalYearContains(t *testing.T) {
	y := FiscalYear(2017)
	tests := []struct {
		d    Date
		want bool
	}{
		{MustDate(2017, time.March, 31), false},
		{MustDate(2017, time.April, 1), true},
		{MustDate(2018, time.March, 31), true},
		{MustDate(2018, time.April, 1), false},
		{Date{}, false},
	}
	for _, tt := range tests {
		if got := y.Contains(tt.d); got != tt.want {
			t.Errorf("FiscalYear(2017).Contains(%v) = %t, want %t", tt.d, got, tt.want)
		}
	}
}

func TestFiscalYearText(t *testing.T) {
	for _, y := range []FiscalYear{0, 1, 2017, 9998} {
		b, err := y.MarshalText()
		if err != nil {
			t.Fatalf("FiscalYear(%d).MarshalText() error: %v", int(y), err)
		}
		var got FiscalYear
		if err := got.UnmarshalText(b); err != nil || got != y {
			t.Errorf("UnmarshalText(%q) = %v, %v, want %v", b, got, err, y)
		}
	}
	if _, err := FiscalYear(-1).MarshalText(); !errors.Is(err, ErrRange) {
		t.Errorf("FiscalYear(-1).MarshalText() error = %v, want ErrRange", err)
	}
	var y FiscalYear
	if err := y.UnmarshalText([]byte("2017-19")); !errors.Is(err, ErrSyntax) {
		t.Errorf("UnmarshalText(2017-19) error = %v, want ErrSyntax", err)
	}
}

func TestFiscalYearPeriod(t *testing.T) {
	got := FiscalYear(2017).Period()
	want := Period{Start: MustDate(2017, time.April, 1), End: MustDate(2018, time.March, 31)}
	if diff := cmp.Diff(want, got); diff != "" {
		t.Errorf("FiscalYear(2017).Period() (-want +got)\n%s", diff)
	}
}

func FuzzParseFiscalYear(f *testing.F) {
	for _, s := range []string{"2017-18", "2017/18", "FY2017-18", "2017-2018", "1999-00", "2017–18", "2017-19", "FY 0001/0002", ""} {
		f.Add(s)
	}
	f.Fuzz(func(t *testing.T, s string) {
		y, err := ParseFiscalYear(s)
		if err != nil {
			if y != 0 {
				t.Errorf("ParseFiscalYear(%q) = %v with error %v, want 0", s, y, err)
			}
			return
		}
		if !y.Valid() {
			t.Fatalf("ParseFiscalYear(%q) = %d, not a valid year", s, int(y))
		}
		back, err := ParseFiscalYear(y.String())
		if err != nil || back != y {
			t.Errorf("ParseFiscalYear(%q) = %v, %v; want %v", y.String(), back, err, y)
		}
		if y.End().Sub(y.Start())+1 != y.Days() || y.Start().FiscalYear() != y || y.End().FiscalYear() != y {
			t.Errorf("FiscalYear %v: Start %v, End %v, Days %d inconsistent", y, y.Start(), y.End(), y.Days())
		}
	})
}
