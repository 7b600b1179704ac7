/**
 * The home page and the command-center views that summarise what the other modules hold.
 * It only reads through other modules' public services.
 */
package org.gongzhi.dashboard;
