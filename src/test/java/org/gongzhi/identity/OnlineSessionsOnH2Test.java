package org.gongzhi.identity;

class OnlineSessionsOnH2Test extends OnlineSessionsContract {

}
