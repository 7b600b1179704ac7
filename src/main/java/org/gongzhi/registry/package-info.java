/**
 * The registry of a grid's base information (人、地、物、事、组织, DOMAIN.md §4): buildings (the
 * org tree's 楼栋 with floors and units), houses, households, persons with their history of
 * houses, places (重点场所), organizations, special groups and home visits. ID numbers and
 * phones are encrypted at rest ({@code PersonalDataVault}), found by a keyed hash, masked
 * everywhere and shown in full only to an entitled worker who states a reason, which the
 * audit log keeps.
 */
package org.gongzhi.registry;
