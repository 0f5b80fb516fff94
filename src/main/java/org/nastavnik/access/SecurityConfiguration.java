package org.nastavnik.access;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.servlet.http.HttpSession;
import java.io.IOException;
import java.time.Duration;
import org.springframework.context.MessageSource;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.annotation.Order;
import org.springframework.security.authentication.InsufficientAuthenticationException;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.config.http.SessionCreationPolicy;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.crypto.factory.PasswordEncoderFactories;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.security.web.SecurityFilterChain;
import org.springframework.security.web.authentication.AuthenticationSuccessHandler;
import org.springframework.security.web.authentication.SavedRequestAwareAuthenticationSuccessHandler;
import org.springframework.security.web.authentication.www.BasicAuthenticationFilter;
import org.springframework.security.web.csrf.CookieCsrfTokenRepository;
import org.springframework.security.web.header.writers.ReferrerPolicyHeaderWriter;
import org.springframework.security.web.savedrequest.CookieRequestCache;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * Two filter chains: the JSON API (HTTP Basic, stateless, problem details for 401) and the pages
 * (form sign-in, CSRF, sessions in the database with inactivity and absolute time-outs, a second
 * factor where a role requires it).
 */
@Configuration(proxyBeanMethods = false)
class SecurityConfiguration {

    static final Duration ABSOLUTE_SESSION_TIMEOUT = Duration.ofHours(12);
    static final String SECOND_FACTOR_PENDING = "nastavnik.secondFactorPending";
    static final String SESSION_STARTED = "nastavnik.sessionStarted";
    static final String API_DOCS = "/api/v1/openapi";
    /** The feeds behind secret calendar subscription links, one path segment after the prefix. */
    static final String CALENDAR_FEEDS = "/calendar/*";

    private static final String CSP = "default-src 'self'; script-src 'self'; style-src 'self' 'unsafe-inline'; "
            + "img-src 'self' data:; font-src 'self' data:; object-src 'none'; base-uri 'self'; "
            + "form-action 'self'; frame-ancestors 'none'";

    @Bean
    PasswordEncoder passwordEncoder() {
        return PasswordEncoderFactories.createDelegatingPasswordEncoder();
    }

    @Bean
    @Order(1)
    SecurityFilterChain api(HttpSecurity http, MessageSource messages) throws Exception {
        ProblemEntryPoint entryPoint = new ProblemEntryPoint(messages);
        return http.securityMatcher("/api/v1/**")
                .authorizeHttpRequests(auth -> auth.anyRequest().authenticated())
                .httpBasic(basic -> basic.authenticationEntryPoint(entryPoint))
                .exceptionHandling(e -> e.authenticationEntryPoint(entryPoint))
                .sessionManagement(s -> s.sessionCreationPolicy(SessionCreationPolicy.STATELESS))
                .csrf(csrf -> csrf.disable())
                .addFilterAfter(new ApiSecondFactorGuard(entryPoint), BasicAuthenticationFilter.class)
                .headers(h -> h.contentSecurityPolicy(c -> c.policyDirectives("default-src 'none'")))
                .build();
    }

    /**
     * The OpenAPI document serves both the documentation page of a signed-in user (the page
     * session) and API clients (HTTP Basic); a pending second factor keeps it closed.
     */
    @Bean
    @Order(0)
    SecurityFilterChain apiDocs(HttpSecurity http, MessageSource messages) throws Exception {
        ProblemEntryPoint entryPoint = new ProblemEntryPoint(messages);
        return http.securityMatcher(API_DOCS, API_DOCS + "/**")
                .authorizeHttpRequests(auth -> auth.anyRequest().authenticated())
                .httpBasic(basic -> basic.authenticationEntryPoint(entryPoint))
                .exceptionHandling(e -> e.authenticationEntryPoint(entryPoint))
                .addFilterAfter(new SessionGuard(), BasicAuthenticationFilter.class)
                .addFilterAfter(new ApiSecondFactorGuard(entryPoint), SessionGuard.class)
                .headers(h -> h.contentSecurityPolicy(c -> c.policyDirectives("default-src 'none'")))
                .build();
    }

    /**
     * Calendar subscription feeds: calendar programs cannot sign in, so the secret token in the
     * address is the credential and the controller checks it. Nothing here reads, creates or saves a
     * session, a CSRF token or a saved request, so a poll leaves no session row and sets no cookie;
     * the controller names the caching itself (private, a few minutes).
     */
    @Bean
    @Order(-1)
    SecurityFilterChain calendarFeeds(HttpSecurity http) throws Exception {
        return http.securityMatcher(CALENDAR_FEEDS)
                .authorizeHttpRequests(auth -> auth.anyRequest().permitAll())
                .sessionManagement(s -> s.sessionCreationPolicy(SessionCreationPolicy.STATELESS))
                .requestCache(cache -> cache.disable())
                .csrf(csrf -> csrf.disable())
                .headers(h -> h.cacheControl(c -> c.disable())
                        .contentSecurityPolicy(c -> c.policyDirectives("default-src 'none'"))
                        .referrerPolicy(r -> r.policy(ReferrerPolicyHeaderWriter.ReferrerPolicy.NO_REFERRER)))
                .build();
    }

    @Bean
    @Order(2)
    SecurityFilterChain pages(HttpSecurity http) throws Exception {
        return http.authorizeHttpRequests(
                        auth -> auth.requestMatchers("/login", "/assets/**", "/webjars/**", "/favicon.ico", "/error")
                                .permitAll()
                                .requestMatchers("/actuator/health/**", "/actuator/health", "/actuator/info")
                                .permitAll()
                                .requestMatchers("/actuator/**")
                                .denyAll()
                                .anyRequest()
                                .authenticated())
                .formLogin(form -> form.loginPage("/login")
                        .successHandler(successHandler())
                        .failureHandler((request, response, exception) -> response.sendRedirect(request.getContextPath()
                                + "/login?"
                                + (exception.getClass().getSimpleName().contains("Locked") ? "locked" : "error")))
                        .permitAll())
                .logout(logout -> logout.logoutSuccessUrl("/login?logout").permitAll())
                // Anonymous pages stay session-free: the CSRF token and the page asked for before
                // sign-in travel in cookies, so a visit to /login writes no session row.
                .csrf(csrf -> csrf.csrfTokenRepository(new CookieCsrfTokenRepository()))
                .requestCache(cache -> cache.requestCache(REQUEST_CACHE))
                .sessionManagement(s -> s.sessionFixation(f -> f.migrateSession()))
                .addFilterAfter(new SessionGuard(), BasicAuthenticationFilter.class)
                .headers(h -> h.contentSecurityPolicy(c -> c.policyDirectives(CSP))
                        .referrerPolicy(r -> r.policy(ReferrerPolicyHeaderWriter.ReferrerPolicy.SAME_ORIGIN)))
                .build();
    }

    private static final CookieRequestCache REQUEST_CACHE = new CookieRequestCache();

    private static AuthenticationSuccessHandler successHandler() {
        SavedRequestAwareAuthenticationSuccessHandler saved = new SavedRequestAwareAuthenticationSuccessHandler();
        saved.setRequestCache(REQUEST_CACHE);
        return (request, response, authentication) -> {
            HttpSession session = request.getSession();
            session.setAttribute(SESSION_STARTED, System.currentTimeMillis());
            if (authentication.getPrincipal() instanceof SignedIn user && user.secondFactorRequired()) {
                session.setAttribute(SECOND_FACTOR_PENDING, true);
                response.sendRedirect(request.getContextPath() + "/login/second-factor");
                return;
            }
            saved.onAuthenticationSuccess(request, response, authentication);
        };
    }

    /** Ends sessions older than the absolute time-out and keeps a pending second factor pending. */
    static class SessionGuard extends OncePerRequestFilter {
        @Override
        protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
                throws ServletException, IOException {
            HttpSession session = request.getSession(false);
            if (session != null && session.getAttribute(SESSION_STARTED) instanceof Long started) {
                if (System.currentTimeMillis() - started > ABSOLUTE_SESSION_TIMEOUT.toMillis()) {
                    session.invalidate();
                    response.sendRedirect(request.getContextPath() + "/login?expired");
                    return;
                }
                if (Boolean.TRUE.equals(session.getAttribute(SECOND_FACTOR_PENDING))
                        && !allowedWhilePending(request.getServletPath())) {
                    response.sendRedirect(request.getContextPath() + "/login/second-factor");
                    return;
                }
            }
            chain.doFilter(request, response);
        }

        private static boolean allowedWhilePending(String path) {
            return path.equals("/login/second-factor")
                    || path.equals("/logout")
                    || path.equals("/session/alive")
                    || path.startsWith("/assets/")
                    || path.startsWith("/webjars/")
                    || path.equals("/error");
        }
    }

    /**
     * The API has no second-factor step: accounts that need one use the pages. A page session
     * (on the documentation) has passed its second factor already.
     */
    static class ApiSecondFactorGuard extends OncePerRequestFilter {
        private final ProblemEntryPoint entryPoint;

        ApiSecondFactorGuard(ProblemEntryPoint entryPoint) {
            this.entryPoint = entryPoint;
        }

        @Override
        protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
                throws ServletException, IOException {
            if (basicCredentials(request)
                    && CurrentPolicy.signedIn()
                            .map(SignedIn::secondFactorRequired)
                            .orElse(false)) {
                SecurityContextHolder.clearContext();
                entryPoint.commence(request, response, new InsufficientAuthenticationException("second factor"));
                return;
            }
            chain.doFilter(request, response);
        }

        private static boolean basicCredentials(HttpServletRequest request) {
            String header = request.getHeader("Authorization");
            return header != null && header.regionMatches(true, 0, "Basic ", 0, 6);
        }
    }
}
