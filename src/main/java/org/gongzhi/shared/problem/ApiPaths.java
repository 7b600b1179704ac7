package org.gongzhi.shared.problem;

/**
 * Which request paths are machine-facing and so answer problem+json instead of a page.
 */
public final class ApiPaths {

	private ApiPaths() {
	}

	public static boolean isApi(String path) {
		return path.startsWith("/api/") || path.equals("/api") || path.startsWith("/open311/");
	}

}
