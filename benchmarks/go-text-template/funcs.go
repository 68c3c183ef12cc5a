package main

import (
	"fmt"
	"net"
	"strconv"
	"strings"
	"text/template"
	"unicode"
)

// templateFuncs are the Go counterparts of what the Scriban templates call: services, service, vars, the
// string/array builtins (string.split, array.last, string.to_int) and nginx.token / nginx.address with the
// same checks, so both sides do the same work per value.
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
		"token":   token,
		"address": address,
	}
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
