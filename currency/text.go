package currency

import (
	"encoding/json"
	"errors"
	"strconv"
	"strings"

	"github.com/shopspring/decimal"
)

// MarshalText returns a as its ISO code, a space and its plain decimal value
// with at least the currency's minor digits and no grouping:
// "GBP 2400000.00". The zero Amount gives "XXX 0".
func (a Amount) MarshalText() ([]byte, error) {
	b := make([]byte, 0, 24)
	b = append(b, a.code.String()...)
	b = append(b, ' ')
	return a.appendPlain(b), nil
}

// UnmarshalText sets a to the amount in text, which is read as Parse reads
// it; MarshalText's "GBP 2400000.00" form is one of those Parse accepts.
func (a *Amount) UnmarshalText(text []byte) error {
	v, err := Parse(string(text))
	if err != nil {
		return err
	}
	*a = v
	return nil
}

// jsonAmount is the JSON shape of an Amount.
type jsonAmount struct {
	Amount   json.RawMessage `json:"amount"`
	Currency *Code           `json:"currency"`
}

// MarshalJSON returns a as {"amount":"2400000.00","currency":"GBP"}: the
// value as a decimal string, so that no JSON reader can take it for a binary
// floating-point number, with at least the currency's minor digits.
func (a Amount) MarshalJSON() ([]byte, error) {
	b := make([]byte, 0, 48)
	b = append(b, `{"amount":"`...)
	b = a.appendPlain(b)
	b = append(b, `","currency":"`...)
	b = append(b, a.code.String()...)
	return append(b, `"}`...), nil
}

// UnmarshalJSON sets a from {"amount":"2400000.00","currency":"GBP"}. The
// amount may also be a JSON number, such as 2400000.00 or 2.4e6; its text is
// read exactly, never through a binary floating-point value. Both fields are
// required, other fields are ignored, and the currency must be an ISO 4217
// code. data must hold that one object and nothing after it but space.
//
// UnmarshalJSON returns an error matching ErrRange if the amount's text is
// longer than 1024 bytes or its value lies outside MaxDigits, so that a
// short input cannot stand for an enormous number and whatever it accepts
// marshals back to JSON, text and String that read back exactly.
func (a *Amount) UnmarshalJSON(data []byte) error {
	num, str, code, ok := scanJSON(data)
	if !ok {
		var err error
		if num, str, code, err = decodeJSON(data); err != nil {
			return err
		}
	}
	var v Amount
	var err error
	if str {
		v, err = parseSigned(num)
	} else {
		v, err = parseJSONNumber(num)
	}
	if err != nil {
		return &ParseError{Func: "UnmarshalJSON", Input: num, Err: err}
	}
	v.code = code
	*a = v
	return nil
}

// scanJSON reads the JSON object of an amount in one pass when it has the
// plain shape MarshalJSON writes: the two fields in either order, with
// space around the tokens, and strings without escapes. It returns the
// amount's text, whether it was a string, and the currency; ok is false for
// any other input, which decodeJSON then reads or rejects.
func scanJSON(data []byte) (num string, str bool, code Code, ok bool) {
	i := skipSpace(data, 0)
	if i == len(data) || data[i] != '{' {
		return "", false, Code{}, false
	}
	var haveNum, haveCode bool
	for {
		key, j, ok := jsonString(data, skipSpace(data, i+1))
		if !ok {
			return "", false, Code{}, false
		}
		j = skipSpace(data, j)
		if j == len(data) || data[j] != ':' {
			return "", false, Code{}, false
		}
		j = skipSpace(data, j+1)
		var val []byte
		switch {
		case string(key) == "amount" && !haveNum && j < len(data) && data[j] == '"':
			val, j, ok = jsonString(data, j)
			str = true
		case string(key) == "amount" && !haveNum:
			k := j
			for k < len(data) && strings.IndexByte("+-.0123456789Ee", data[k]) >= 0 {
				k++
			}
			val, j, str = data[j:k], k, false
			ok = isJSONNumber(string(val))
		case string(key) == "currency" && !haveCode:
			val, j, ok = jsonString(data, j)
			if ok {
				c, err := ParseCode(string(val))
				code, ok = c, err == nil // decodeJSON reports the error
			}
		default:
			return "", false, Code{}, false
		}
		if !ok {
			return "", false, Code{}, false
		}
		if string(key) == "amount" {
			num, haveNum = string(val), true
		} else {
			haveCode = true
		}
		i = skipSpace(data, j)
		if i == len(data) {
			return "", false, Code{}, false
		}
		if data[i] == '}' {
			break
		}
		if data[i] != ',' {
			return "", false, Code{}, false
		}
	}
	ok = haveNum && haveCode && skipSpace(data, i+1) == len(data)
	return num, str, code, ok
}

// jsonString returns the contents of the JSON string at data[i] and the
// offset past it; ok is false if there is none or it has an escape, a
// control character or a byte beyond ASCII, which encoding/json may read
// differently (it replaces invalid UTF-8).
func jsonString(data []byte, i int) ([]byte, int, bool) {
	if i == len(data) || data[i] != '"' {
		return nil, i, false
	}
	for j := i + 1; j < len(data); j++ {
		switch b := data[j]; {
		case b == '"':
			return data[i+1 : j], j + 1, true
		case b == '\\' || b < ' ' || b >= 0x80:
			return nil, i, false
		}
	}
	return nil, i, false
}

// skipSpace returns the offset of the first byte at or after i that is not
// JSON white space.
func skipSpace(data []byte, i int) int {
	for i < len(data) && (data[i] == ' ' || data[i] == '\t' || data[i] == '\n' || data[i] == '\r') {
		i++
	}
	return i
}

// decodeJSON reads an amount's JSON object with encoding/json, for any form
// scanJSON leaves to it, and returns the amount's text, whether it was a
// string, and the currency.
func decodeJSON(data []byte) (string, bool, Code, error) {
	var j jsonAmount
	if err := json.Unmarshal(data, &j); err != nil {
		var pe *ParseError
		if errors.As(err, &pe) {
			return "", false, Code{}, pe // the currency code's own error says more
		}
		return "", false, Code{}, &ParseError{Func: "UnmarshalJSON", Input: string(data), Err: expected(ErrSyntax, err.Error())}
	}
	raw := string(j.Amount)
	switch {
	case raw == "" || raw == "null":
		return "", false, Code{}, &ParseError{Func: "UnmarshalJSON", Input: string(data), Err: expected(ErrSyntax, `want an "amount" field`)}
	case j.Currency == nil:
		return "", false, Code{}, &ParseError{Func: "UnmarshalJSON", Input: string(data), Err: expected(ErrSyntax, `want a "currency" field`)}
	case raw[0] != '"':
		return raw, false, *j.Currency, nil
	}
	var s string
	if err := json.Unmarshal(j.Amount, &s); err != nil {
		return "", false, Code{}, &ParseError{Func: "UnmarshalJSON", Input: raw, Err: expected(ErrSyntax, "want a decimal string")}
	}
	return s, true, *j.Currency, nil
}

// parseJSONNumber reads a JSON value that should be a number, exponent and
// all, exactly.
func parseJSONNumber(raw string) (Amount, error) {
	if len(raw) > maxInput {
		return Amount{}, errTooLong // before any copy of it
	}
	mant, exp, hasExp := strings.Cut(strings.ToLower(raw), "e")
	if !hasExp {
		return parseSigned(raw)
	}
	a, err := parseSigned(mant)
	if err != nil {
		return Amount{}, err
	}
	n, err := strconv.ParseInt(exp, 10, 32)
	switch {
	case errors.Is(err, strconv.ErrRange) && exp[0] == '-':
		return Amount{}, errPlaces
	case errors.Is(err, strconv.ErrRange):
		return Amount{}, errMagnitude
	case err != nil:
		return Amount{}, expected(ErrSyntax, "want a decimal number")
	}
	// n fits in an int32, so e cannot overflow, and once it is in range
	// neither can the int32 it is stored in.
	d := a.Decimal()
	switch e := int64(d.Exponent()) + n; {
	case e < -MaxDigits:
		return Amount{}, errPlaces
	case e > MaxDigits:
		return Amount{}, errMagnitude
	case a.wide != nil:
		a = Amount{wide: newWide(decimal.NewFromBigInt(d.Coefficient(), int32(e)))}
	default:
		a.exp = int32(e)
	}
	if err := a.check(); err != nil {
		return Amount{}, err
	}
	return a, nil
}

// isJSONNumber reports whether s follows JSON's number grammar:
// -?(0|[1-9][0-9]*)(.[0-9]+)?([eE][+-]?[0-9]+)?
func isJSONNumber(s string) bool {
	i := 0
	if i < len(s) && s[i] == '-' {
		i++
	}
	digits := func() int {
		j := i
		for i < len(s) && '0' <= s[i] && s[i] <= '9' {
			i++
		}
		return i - j
	}
	switch n := digits(); {
	case n == 0, n > 1 && s[i-n] == '0':
		return false
	}
	if i < len(s) && s[i] == '.' {
		i++
		if digits() == 0 {
			return false
		}
	}
	if i < len(s) && (s[i] == 'e' || s[i] == 'E') {
		i++
		if i < len(s) && (s[i] == '+' || s[i] == '-') {
			i++
		}
		if digits() == 0 {
			return false
		}
	}
	return i == len(s)
}

// errTooLong reports text longer than maxInput.
var errTooLong = expected(ErrRange, "want at most 1024 bytes")

// parseSigned reads an optionally negative plain decimal with no grouping.
func parseSigned(s string) (Amount, error) {
	if len(s) > maxInput {
		return Amount{}, errTooLong
	}
	neg := strings.HasPrefix(s, "-")
	if neg {
		s = s[1:]
	}
	a, _, err := parseNumber(s, 0, false)
	if err == nil {
		err = a.check()
	}
	if err != nil {
		return Amount{}, err
	}
	if neg {
		a = a.Neg()
	}
	return a, nil
}

// appendPlain appends a's value as a plain decimal with at least the
// currency's minor digits and no grouping: "-2400000.00".
func (a Amount) appendPlain(dst []byte) []byte {
	minor := int32(a.code.MinorUnits())
	if a.wide != nil {
		return append(dst, a.wide().StringFixed(max(-a.wide.Exponent(), minor))...)
	}
	places := max(-a.exp, minor)
	if a.coef < 0 {
		dst = append(dst, '-')
	}
	var buf [20]byte
	digits := appendUint(buf[:0], uabs(a.coef))
	if a.exp >= 0 {
		dst = append(dst, digits...)
		if a.coef != 0 {
			dst = appendZeros(dst, int(a.exp))
		}
		if places > 0 {
			dst = appendZeros(append(dst, '.'), int(places))
		}
		return dst
	}
	frac := int(-a.exp) // digits of coef after the point
	if len(digits) <= frac {
		dst = append(dst, '0', '.')
		dst = appendZeros(dst, frac-len(digits))
		dst = append(dst, digits...)
	} else {
		dst = append(dst, digits[:len(digits)-frac]...)
		dst = append(dst, '.')
		dst = append(dst, digits[len(digits)-frac:]...)
	}
	return appendZeros(dst, int(places)-frac)
}

// appendZeros appends n zeros to dst; n <= 0 appends none.
func appendZeros(dst []byte, n int) []byte {
	for range n {
		dst = append(dst, '0')
	}
	return dst
}

// appendUint appends u in decimal to dst.
func appendUint(dst []byte, u uint64) []byte {
	var b [20]byte
	i := len(b)
	for {
		i--
		b[i] = byte('0' + u%10)
		u /= 10
		if u == 0 {
			break
		}
	}
	return append(dst, b[i:]...)
}
