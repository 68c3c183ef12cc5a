package main

import (
	"fmt"
	"net"
	"regexp"
	"strconv"
	"strings"
	"text/template"
	"unicode"
	"unicode/utf8"
)

// templateFuncs are the Go counterparts of what the Scriban templates call: services, service, vars, the
// builtins they use (string.split, array.last, string.to_int, string.downcase, string.truncate, .size, regex.match,
// arithmetic) and nginx.token / nginx.address with the same checks, so both sides do the same work per value.
func templateFuncs(model *Model, vars map[string]string) template.FuncMap {
	return template.FuncMap{
		"services": func() []*CatalogSnippet { return model.Services },
		"service": func(name string) []*HealthService {
			if instances, ok := model.Instances[name]; ok {
				return instances
			}
			return model.Instances[strings.ToLower(name)]
		},
		"var": func(name, fallback string) string {
			if value, ok := vars[name]; ok {
				return value
			}
			return fallback
		},
		"split": func(separator, s string) []string { return strings.Split(s, separator) },
		"last":  func(items []string) string { return items[len(items)-1] },
		// string.to_int gives null for text that is not an integer; 0 fails the template's port check the same way.
		"toInt": func(s string) int {
			n, err := strconv.Atoi(s)
			if err != nil {
				return 0
			}
			return n
		},
		"toIntOr": func(s string, fallback int) int {
			n, err := strconv.Atoi(s)
			if err != nil {
				return fallback
			}
			return n
		},
		"toLower": strings.ToLower,
		"add": func(values ...int) int {
			total := 0
			for _, v := range values {
				total += v
			}
			return total
		},
		"sub": func(a, b int) int { return a - b },
		// .size of a Scriban string counts UTF-16 code units.
		"size": func(s string) int {
			n := 0
			for _, r := range s {
				n += utf16Length(r)
			}
			return n
		},
		"truncate":   truncate,
		"regexMatch": regexMatch,
		"token":      token,
		"address":    address,
	}
}

func utf16Length(r rune) int {
	if r > 0xFFFF {
		return 2
	}
	return 1
}

// compiledPatterns caches regexMatch's patterns. consul-template's regexMatch compiles on every call (and so does
// Scriban's regex.match, with .NET's cheaper compiler); with the templates' ^[A-Za-z0-9_-]{1,255}\z, which RE2
// expands into 255 copies, that alone would cost Go over a second per render. Caching keeps the comparison about
// the template engines, and only makes Go faster: the conservative choice for a "twice as fast as Go" target.
var compiledPatterns = map[string]*regexp.Regexp{}

func regexMatch(pattern, s string) (bool, error) {
	compiled, ok := compiledPatterns[pattern]
	if !ok {
		var err error
		if compiled, err = regexp.Compile(pattern); err != nil {
			return false, err
		}
		compiledPatterns[pattern] = compiled
	}
	return compiled.MatchString(s), nil
}

// truncate is string.truncate with its default ellipsis: at most length characters, the last three "...".
func truncate(length int, s string) string {
	if utf8.RuneCountInString(s) <= length {
		return s
	}
	keep := length - 3
	if keep < 0 {
		keep = 0
	}
	return string([]rune(s)[:keep]) + "..."
}

// token is nginx.token: the value unchanged when it is safe as a bare nginx word.
func token(value string) (string, error) {
	if value == "" {
		return "", fmt.Errorf("nginx.token: the empty string is not an nginx word")
	}
	for i, r := range value {
		if unicode.IsSpace(r) || unicode.IsControl(r) || unicode.Is(unicode.Cf, r) || strings.ContainsRune(";{}\"'#$\\", r) {
			return "", fmt.Errorf("nginx.token: %q is not safe as a bare nginx word: %q at index %d", value, r, i)
		}
	}
	return value, nil
}

// address is nginx.address of an instance: host:port, IPv6 in brackets, with nginx.address's checks.
func address(instance *HealthService) (string, error) {
	host, port := instance.Address, instance.Port
	if port < 1 || port > 65535 {
		return "", fmt.Errorf("nginx.address: %q port %d: the port is outside 1-65535", host, port)
	}
	literal := strings.TrimSuffix(strings.TrimPrefix(host, "["), "]")
	if strings.Contains(literal, ":") {
		if ip := net.ParseIP(literal); ip == nil || ip.To4() != nil {
			return "", fmt.Errorf("nginx.address: %q: not a valid IPv6 address", host)
		}
		return "[" + literal + "]:" + strconv.Itoa(port), nil
	}
	if host == "" {
		return "", fmt.Errorf("nginx.address: the address is empty")
	}
	for i := 0; i < len(host); i++ {
		c := host[i]
		if !(c >= 'a' && c <= 'z' || c >= 'A' && c <= 'Z' || c >= '0' && c <= '9' || c == '-' || c == '.' || c == '_') {
			return "", fmt.Errorf("nginx.address: %q: %q at index %d is not allowed", host, c, i)
		}
	}
	return host + ":" + strconv.Itoa(port), nil
}
