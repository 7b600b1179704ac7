package org.gongzhi.identity;

/**
 * Sends a text message to a mobile phone: implement it for the SMS gateway in use
 * (阿里云、腾讯云、 运营商网关…) and register it as a bean. Without one, residents cannot sign in by
 * phone.
 */
public interface SmsSender {

	/**
	 * @param phone an 11-digit mainland mobile number
	 * @param text the message, already in the recipient's language
	 */
	void send(String phone, String text);

}
