/**
 * The demo district 沈阳市皇姑区, built from real division data (profile {@code demo}). It
 * creates data only through the public services of the other modules.
 */
package org.gongzhi.demo;
