/**
 * Users, roles, login and the data scope of the current user. Other modules ask it who is
 * calling and which part of the org tree they may see.
 */
package org.gongzhi.identity;
