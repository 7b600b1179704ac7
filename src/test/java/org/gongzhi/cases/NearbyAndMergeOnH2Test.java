package org.gongzhi.cases;

class NearbyAndMergeOnH2Test extends NearbyAndMergeContract {

}
